// The reference lexicon resolver (@atproto/lex-resolver) resolves and verifies NSIDs: DNS TXT through the
// given nameserver, did:plc through the given PLC directory, then the getRecord proof (commit signature,
// MST inclusion, record CID). Usage: node lex-resolve.mjs <nameserver ip:port> <plc url> <nsid>...
// Prints one JSON line per NSID: {nsid, uri, cid} or {nsid, error}.
import dns from 'node:dns'

const [nameserver, plcDirectoryUrl, ...nsids] = process.argv.slice(2)
// lex-resolver calls node:dns/promises' resolveTxt, bound to the default resolver when the module loads:
// point that resolver at our nameserver first, then load lex-resolver.
dns.setServers([nameserver])
dns.promises.setServers([nameserver])
const { LexResolver } = await import('@atproto/lex-resolver')

const resolver = new LexResolver({ plcDirectoryUrl })
for (const nsid of nsids) {
  try {
    const result = await resolver.get(nsid, { noCache: true })
    console.log(JSON.stringify({ nsid, uri: result.uri.toString(), cid: result.cid.toString(), id: (result.lexicon ?? result.record)?.id }))
  } catch (err) {
    const causes = []
    for (let e = err; e; e = e.cause) causes.push(String(e.message ?? e))
    console.log(JSON.stringify({ nsid, error: causes.join(': ') }))
  }
}
