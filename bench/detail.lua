-- wrk script: GET /catalog/products/{id} for the ids in the file given as the first argument.
-- Second argument "all": every id in turn (the threads share the list), to fill the detail cache
-- once; otherwise ids at random, so a run covers the whole catalog.
local ids = {}
local mode = "random"
local position = 0
local step = 1
local threads = {}

function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do ids[#ids + 1] = line end
  mode = args[2] or "random"
  position = offset or 0
  step = 2
  math.randomseed(os.time() + math.random(1, 100000))
end

function request()
  local id
  if mode == "all" then
    id = ids[(position % #ids) + 1]
    position = position + step
  else
    id = ids[math.random(1, #ids)]
  end
  return wrk.format("GET", "/catalog/products/" .. id)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
