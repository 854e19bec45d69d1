-- wrk script for bench/write.sh: every request is one com.atproto.repo.createRecord of a short post.
-- Arguments (after `--`): the repositories as DID=ACCESS_JWT pairs, separated by commas. wrk runs one
-- connection per thread here (-t N -c N); thread i writes to repository i modulo the number given, so one
-- pair means every connection writes to the same repository.
local accounts = {}
local next_thread = 0

function setup(thread)
  thread:set("index", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  for pair in string.gmatch(args[1], "([^,]+)") do
    local did, jwt = string.match(pair, "([^=]+)=(.+)")
    accounts[#accounts + 1] = { did = did, jwt = jwt }
  end
  local account = accounts[(index % #accounts) + 1]
  wrk.method = "POST"
  wrk.path = "/xrpc/com.atproto.repo.createRecord"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. account.jwt
  wrk.body = '{"repo":"' .. account.did .. '","collection":"app.bsky.feed.post","record":{"$type":"app.bsky.feed.post",'
    .. '"text":"A post from the write benchmark, about the length of a typical short post.",'
    .. '"createdAt":"2026-12-07T12:00:00.000Z"}}'
end
