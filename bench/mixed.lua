-- wrk: what workers and tools ask for, in turn: the pages, a few filters, JSON, CSV and the status. Prints one
-- line at the end: p99 and max latency in ms, requests over one second, answers with a status of 400 or more,
-- and requests that timed out (run wrk with a --timeout long enough that none should).
local paths = {}
local n = 0

function init(args)
    local category = args[1] or "gloves"
    paths = { "/", "/" .. category, "/facemasks", "/beanies", "/" .. category .. "?availability=LESSTHAN10",
        "/" .. category .. "?sort=-price", "/" .. category .. "?color=black&sort=manufacturer",
        "/api/products/" .. category, "/api/products/" .. category .. "?availability=OUTOFSTOCK",
        "/api/products/beanies.csv", "/api/status", "/" .. category }
    n = math.random(#paths)
end

function request()
    n = n % #paths + 1
    return wrk.format("GET", paths[n])
end

function done(summary, latency, requests)
    local over = 0
    -- the percentile walk below counts to within 0.001 % of the requests, so it is only asked when one was slower
    for p = 99.999, (latency.max > 1000000) and 0 or 100, -0.001 do
        if latency:percentile(p) <= 1000000 then
            over = math.floor((100 - p) / 100 * summary.requests + 0.5)
            break
        end
    end
    io.write(string.format("MIXED p99=%.1f max=%.1f over1s=%d errors=%d timeouts=%d requests=%d\n",
        latency:percentile(99) / 1000, latency.max / 1000, over, summary.errors.status, summary.errors.timeout,
        summary.requests))
end
