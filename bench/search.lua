-- wrk script: GET /search/products with a keyword and a filter (a top-level category or a price
-- range), facets included as always. Arguments: the file of top-level category ids; an optional
-- pause in ms per connection between requests (to hold a fixed rate: connections x 1000 / pause
-- requests per second, less the answer time); and "distinct" to make every query different (a
-- random lower price bound of a few fen), so no answer comes from the answer cache.
local categories = {}
local pause = 0
local distinct = false
local keywords = {"手机", "华为 手机", "笔记本", "耳机", "小米", "坚果", "连衣裙", "T恤", "电饭煲", "空气炸锅",
  "跑步鞋", "面霜", "四件套", "插线板", "移动电源", "Pro", "旗舰版", "智能", "联想 平板", "绿茶"}
local prices = {"&minPrice=10000&maxPrice=100000", "&maxPrice=50000", "&minPrice=200000"}

local function encode(text)
  return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function init(args)
  for line in io.lines(args[1]) do categories[#categories + 1] = line end
  pause = tonumber(args[2] or "0")
  distinct = args[3] == "distinct"
  math.randomseed(os.time() + math.random(1, 100000))
end

function delay()
  return pause
end

function request()
  local path = "/search/products?q=" .. encode(keywords[math.random(1, #keywords)])
  if distinct then
    path = path .. "&categoryId=" .. categories[math.random(1, #categories)] .. "&minPrice=" .. math.random(0, 99999)
  elseif math.random() < 0.5 then
    path = path .. "&categoryId=" .. categories[math.random(1, #categories)]
  else
    path = path .. prices[math.random(1, #prices)]
  end
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout + summary.errors.status))
end
