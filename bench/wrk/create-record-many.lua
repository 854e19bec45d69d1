-- wrk script for bench/scale.sh: com.atproto.repo.createRecord of a short post, each request to the next
-- repository of a file of DID=ACCESS_JWT lines (the argument after `--`), threads starting at different
-- places: with thousands of accounts, every account is written to in turn.
local accounts = {}
local next_thread = 0

function setup(thread)
  thread:set("index", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local did, jwt = string.match(line, "([^=]+)=(.+)")
    accounts[#accounts + 1] = { did = did, jwt = jwt }
  end
  position = (index * 7919) % #accounts
end

function request()
  position = position % #accounts + 1
  local account = accounts[position]
  return wrk.format("POST", "/xrpc/com.atproto.repo.createRecord", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. account.jwt,
  }, '{"repo":"' .. account.did .. '","collection":"app.bsky.feed.post","record":{"$type":"app.bsky.feed.post",'
    .. '"text":"A post from the scaling benchmark, about the length of a typical short post.",'
    .. '"createdAt":"2026-12-07T12:00:00.000Z"}}')
end
