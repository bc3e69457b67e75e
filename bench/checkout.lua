-- wrk script: each request places an order for one unit of a SKU, as one of the prepared
-- shoppers (token and address read from shoppers.txt, SKUs from skus.txt), round robin.
-- Answers other than 2xx are counted as errors in the RESULT line.
local shoppers, skus = {}, {}
local counter = 0

local function lines(path)
  local out = {}
  for line in io.lines(path) do out[#out + 1] = line end
  return out
end

function init(args)
  for _, line in ipairs(lines(args[1])) do
    local token, address = line:match("^(%S+)%s+(%S+)$")
    shoppers[#shoppers + 1] = {token = token, address = address}
  end
  skus = lines(args[2])
  counter = math.random(1, 100000)
end

function request()
  counter = counter + 1
  local shopper = shoppers[(counter % #shoppers) + 1]
  local sku = skus[(counter % #skus) + 1]
  local body = '{"items":[{"skuId":"' .. sku .. '","quantity":1}],"addressId":"' .. shopper.address .. '"}'
  return wrk.format("POST", "/order/orders", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. shopper.token
  }, body)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
