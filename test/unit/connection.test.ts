import { explainTokenDiagnosis, explainVerification } from '../../src/server/core/connection.ts'

describe('verify connection: the messages an admin reads', () => {
    it('explains a token endpoint that could not be reached', () => {
        expect(explainTokenDiagnosis({ kind: 'unreachable', reason: 'it timed out' })).toEqual({
            ok: false,
            message:
                "Could not get a Graph token: it timed out. Check the token URL and the instance's outbound network, then try again.",
        })
    })

    it('says when the shared pace holds the call, with or without a time', () => {
        expect(explainVerification({ status: 0, paced: true, errorMessage: 'after 12:00:05 UTC' })).toEqual({
            ok: false,
            message:
                'Graph is throttling this app (429), so no call is sent before it allows: after 12:00:05 UTC. Verify connection again after that.',
        })
        expect(explainVerification({ status: 200, paced: true })).toEqual({
            ok: false,
            message:
                'Graph is throttling this app (429), so no call is sent before it allows: try again later. Verify connection again after that.',
        })
    })

    it('accepts every 2xx answer, up to 299', () => {
        expect(explainVerification({ status: 299 }).ok).toBe(true)
        expect(explainVerification({ status: 300 }).ok).toBe(false)
    })

    it('says why Graph could not be reached', () => {
        expect(explainVerification({ status: 0, errorMessage: 'Connection refused' })).toEqual({
            ok: false,
            message:
                "Graph could not be reached (Connection refused): check x_elm_bridge.graph_endpoint and the instance's outbound network.",
        })
        expect(explainVerification({ status: 0 }).message).toBe(
            "Graph could not be reached (no response): check x_elm_bridge.graph_endpoint and the instance's outbound network."
        )
    })

    it("names any other status and quotes Graph's error only when there is one", () => {
        expect(explainVerification({ status: 500 })).toEqual({ ok: false, message: 'Graph answered 500.' })
        expect(explainVerification({ status: 500, body: '{"error":{"code":"x","message":"boom"}}' })).toEqual({
            ok: false,
            message: 'Graph answered 500. Graph said: x: boom',
        })
    })
})
