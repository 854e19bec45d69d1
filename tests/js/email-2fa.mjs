// The email second factor through @atproto/api against a running Atmos PDS, as the Bluesky app uses it:
// the factor is refused on an unconfirmed address, turned on (no token) once the address is confirmed,
// then createSession with the account password and no code fails with AuthFactorTokenRequired and mails
// a code, a wrong code is InvalidToken, the mailed code signs in once (reuse is InvalidToken), an app
// password needs no code, turning the factor off needs the email-update token, and a new address turns it
// off.
// Usage: node email-2fa.mjs <service-url> <outbox-dir>. Prints one JSON summary line; exits non-zero on
// failure.
import { AtpAgent, ComAtprotoServerCreateSession } from '@atproto/api'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const [service, outbox] = process.argv.slice(2)
if (!service || !outbox) throw new Error('usage: node email-2fa.mjs <service-url> <outbox-dir>')

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`)
}

function mails() {
  if (!existsSync(outbox)) return []
  return readdirSync(outbox).filter((name) => name.endsWith('.eml')).sort()
}

// The code (`XXXXX-XXXXX`) of the newest mail, which must be newer than `seen` mails.
function newestCode(seen) {
  const all = mails()
  check(all.length > seen, `a new mail was sent (${all.length} after ${seen})`)
  const text = readFileSync(join(outbox, all.at(-1)), 'utf8')
  const found = text.match(/\b[A-Z2-7]{5}-[A-Z2-7]{5}\b/)
  check(found, 'the mail has a code')
  return { code: found[0], text }
}

// The XRPC error of a call that must fail.
async function failure(call) {
  try {
    await call()
  } catch (error) {
    return error
  }
  throw new Error('check failed: the call succeeded')
}

const suffix = Math.random().toString(36).slice(2, 8)
const handle = `twofa${suffix}.test`
const email = `${handle}@example.com`
const password = 'correct-horse-battery'
const summary = {}

const agent = new AtpAgent({ service })
await agent.createAccount({ handle, email, password })
const appPassword = (await agent.com.atproto.server.createAppPassword({ name: 'bot' })).data.password

// An unconfirmed address cannot be the factor.
let error = await failure(() => agent.com.atproto.server.updateEmail({ email, emailAuthFactor: true }))
check(error.status === 400 && error.error === 'InvalidRequest', `the factor needs a confirmed address (${error.status} ${error.error})`)

let seen = mails().length
await agent.com.atproto.server.requestEmailConfirmation()
await agent.com.atproto.server.confirmEmail({ email, token: newestCode(seen).code })

// On, without a token, for the current confirmed address (the Bluesky app's toggle).
await agent.com.atproto.server.updateEmail({ email, emailAuthFactor: true })
let me = await agent.com.atproto.server.getSession()
check(me.data.emailAuthFactor === true, 'getSession reports the factor')
check(me.data.emailConfirmed === true, 'the address stays confirmed')
summary.enabled = true

// The password alone: AuthFactorTokenRequired (401), and a code is mailed.
seen = mails().length
const signIn = new AtpAgent({ service })
error = await failure(() => signIn.login({ identifier: handle, password }))
check(error instanceof ComAtprotoServerCreateSession.AuthFactorTokenRequiredError, `AuthFactorTokenRequired (${error.error})`)
check(error.status === 401, `status 401 (${error.status})`)
check(error.message === 'A sign in code has been sent to your email address', `the message (${error.message})`)
const { code, text } = newestCode(seen)
check(text.includes(`To: ${email}`), 'the code went to the account address')
summary.required = error.error

// A wrong password still fails as a wrong password (and mails nothing).
seen = mails().length
error = await failure(() => signIn.login({ identifier: handle, password: 'wrong-password' }))
check(error.status === 401 && error.error === 'AuthenticationRequired', `a wrong password (${error.error})`)
check(mails().length === seen, 'no code for a wrong password')

// A wrong code: InvalidToken, and the right one still works afterwards.
error = await failure(() => signIn.login({ identifier: handle, password, authFactorToken: 'AAAAA-AAAAA' }))
check(error.status === 400 && error.error === 'InvalidToken', `a wrong code (${error.status} ${error.error})`)
check(error.message === 'Token is invalid', `its message (${error.message})`)

// The mailed code (any case, with spaces around) signs in.
const session = await signIn.login({ identifier: handle, password, authFactorToken: ` ${code.toLowerCase()} ` })
check(session.data.did === me.data.did, 'the code signs in')
check(session.data.emailAuthFactor === true, 'createSession reports the factor')
summary.signedIn = true

// Single use.
error = await failure(() => new AtpAgent({ service }).login({ identifier: handle, password, authFactorToken: code }))
check(error.status === 400 && error.error === 'InvalidToken', `a reused code (${error.status} ${error.error})`)
summary.reuse = error.error

// An app password needs no code.
seen = mails().length
const bot = await new AtpAgent({ service }).login({ identifier: handle, password: appPassword })
check(bot.data.did === me.data.did, 'an app password signs in without a code')
check(mails().length === seen, 'and mails nothing')
summary.appPassword = true

// Off needs the email-update token.
error = await failure(() => agent.com.atproto.server.updateEmail({ email, emailAuthFactor: false }))
check(error.error === 'TokenRequired', `turning it off needs the token (${error.error})`)
seen = mails().length
const update = await agent.com.atproto.server.requestEmailUpdate()
check(update.data.tokenRequired === true, 'requestEmailUpdate asks for the token')
await agent.com.atproto.server.updateEmail({ email, emailAuthFactor: false, token: newestCode(seen).code })
me = await agent.com.atproto.server.getSession()
check(me.data.emailAuthFactor === false, 'the factor is off')
const plain = await new AtpAgent({ service }).login({ identifier: handle, password })
check(plain.data.emailAuthFactor === false, 'the password alone signs in again')
summary.disabled = true

// A new address turns the factor off (the new address is not confirmed yet).
await agent.com.atproto.server.updateEmail({ email, emailAuthFactor: true })
seen = mails().length
await agent.com.atproto.server.requestEmailUpdate()
const newEmail = `new-${email}`
await agent.com.atproto.server.updateEmail({ email: newEmail, token: newestCode(seen).code })
me = await agent.com.atproto.server.getSession()
check(me.data.email === newEmail && me.data.emailConfirmed === false, 'the new address, unconfirmed')
check(me.data.emailAuthFactor === false, 'a new address turns the factor off')

summary.ok = true
console.log(JSON.stringify(summary))
