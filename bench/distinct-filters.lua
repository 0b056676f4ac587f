-- wrk: a burst of distinct large filtered pages of the path given on the command line. Each request asks for a
-- size, sort and availability no request before it asked for (11,216 combinations, the threads on disjoint ones),
-- so that every one misses the cache and is rendered.
local sorts = { "name", "-name", "price", "-price", "manufacturer", "-manufacturer", "availability", "-availability" }
local threads = 0
local n = 0

function setup(thread)
    thread:set("offset", threads * 5608)
    threads = threads + 1
end

function request()
    local i = (offset or 0) + n
    n = n + 1
    local size = 300 + (i % 701)
    local sort = sorts[(math.floor(i / 701) % 8) + 1]
    local availability = (math.floor(i / 5608) % 2 == 0) and "&availability=INSTOCK" or ""
    return wrk.format("GET", wrk.path .. "?size=" .. size .. "&sort=" .. sort .. availability)
end
