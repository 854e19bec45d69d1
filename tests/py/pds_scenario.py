"""A client scenario with the Python SDK (`atproto` on PyPI) against a running PDS.

Usage: python pds_scenario.py http://localhost:PORT
Prints progress, then one JSON summary line (read by pds/tests/e2e.rs).
"""

import base64
import json
import sys
import threading
import time

from atproto import (
    CAR,
    AtUri,
    Client,
    FirehoseSubscribeReposClient,
    models,
    parse_subscribe_repos_message,
)
from atproto.exceptions import BadRequestError

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def create_account(base, name, password):
    client = Client(base)
    data = models.ComAtprotoServerCreateAccount.Data(
        handle=f"{name}.test", email=f"{name}@example.com", password=password
    )
    return client.com.atproto.server.create_account(data)


def login(base, handle, password, did):
    client = Client(base)
    # This PDS serves no app.bsky views without an AppView; skip the profile lookup and give the
    # high-level helpers (send_post, like, follow) the account they act for.
    client.login(handle, password, fetch_bsky_profile=False)
    client.me = models.AppBskyActorDefs.ProfileViewDetailed(did=did, handle=handle)
    return client


def main(base):
    stamp = str(int(time.time() * 1000))[-9:]
    alice = create_account(base, f"pya{stamp}", "pw-alice-py")
    bob = create_account(base, f"pyb{stamp}", "pw-bob-py")
    c = login(base, alice.handle, "pw-alice-py", alice.did)
    repo = c.com.atproto.repo

    repo.put_record(
        models.ComAtprotoRepoPutRecord.Data(
            repo=alice.did,
            collection="app.bsky.actor.profile",
            rkey="self",
            record={"$type": "app.bsky.actor.profile", "displayName": "Py Alice"},
        )
    )
    post = c.send_image(text="hello from python", image=PNG, image_alt="a pixel")
    like = c.like(post.uri, post.cid)
    repost = c.repost(post.uri, post.cid)
    follow = c.follow(bob.did)
    entry = repo.create_record(
        models.ComAtprotoRepoCreateRecord.Data(
            repo=alice.did,
            collection="cv.atmos.portfolio.entry",
            record={
                "$type": "cv.atmos.portfolio.entry",
                "title": "Poster series",
                "createdAt": "2026-11-21T10:00:00.000Z",
            },
        )
    )
    assert entry.validation_status == "valid", entry

    rkey = AtUri.from_str(post.uri).rkey
    got = repo.get_record(
        models.ComAtprotoRepoGetRecord.Params(
            repo=alice.did, collection="app.bsky.feed.post", rkey=rkey
        )
    )
    assert got.value.text == "hello from python", got
    assert got.value.embed.images[0].image.mime_type == "image/png", got
    listed = repo.list_records(
        models.ComAtprotoRepoListRecords.Params(
            repo=alice.did, collection="app.bsky.feed.post"
        )
    )
    assert [r.uri for r in listed.records] == [post.uri], listed
    described = repo.describe_repo(models.ComAtprotoRepoDescribeRepo.Params(repo=alice.handle))
    collections = sorted(described.collections)

    try:
        repo.create_record(
            models.ComAtprotoRepoCreateRecord.Data(
                repo=alice.did,
                collection="app.bsky.feed.post",
                record={"$type": "app.bsky.feed.post", "text": 5},
            )
        )
        raise AssertionError("an invalid post was accepted")
    except BadRequestError as e:
        invalid_error = e.response.content.error

    app_password = c.com.atproto.server.create_app_password(
        models.ComAtprotoServerCreateAppPassword.Data(name="python")
    )
    login(base, alice.handle, app_password.password, alice.did)
    c._refresh_and_set_session()
    session = c.com.atproto.server.get_session()
    assert session.did == alice.did, session

    c.unlike(like.uri)
    c.unrepost(repost.uri)
    c.delete_post(post.uri)

    sync = c.com.atproto.sync
    head = sync.get_latest_commit(models.ComAtprotoSyncGetLatestCommit.Params(did=alice.did))
    car = CAR.from_bytes(sync.get_repo(models.ComAtprotoSyncGetRepo.Params(did=alice.did)))
    assert str(car.root) == head.cid, (car.root, head.cid)
    blobs = sync.list_blobs(models.ComAtprotoSyncListBlobs.Params(did=alice.did)).cids
    resolved = c.com.atproto.identity.resolve_handle(
        models.ComAtprotoIdentityResolveHandle.Params(handle=alice.handle)
    )
    assert resolved.did == alice.did

    # The firehose from the start: the accounts' identity/account/sync events and the commits.
    kinds = []
    firehose = FirehoseSubscribeReposClient(
        models.ComAtprotoSyncSubscribeRepos.Params(cursor=0),
        base_uri=base.replace("http", "ws", 1) + "/xrpc",
    )

    def on_message(message):
        kinds.append(type(parse_subscribe_repos_message(message)).__name__)
        if kinds.count("Commit") >= 9:
            firehose.stop()

    stopper = threading.Timer(20, firehose.stop)
    stopper.start()
    firehose.start(on_message)
    stopper.cancel()

    print(
        json.dumps(
            {
                "ok": True,
                "did": alice.did,
                "collections": collections,
                "follow": follow.uri.split("/")[-2],
                "invalidError": invalid_error,
                "carBlocks": len(car.blocks),
                "blobsAfterDelete": len(blobs),
                "firehoseKinds": sorted(set(kinds)),
                "firehoseCommits": kinds.count("Commit"),
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1])
