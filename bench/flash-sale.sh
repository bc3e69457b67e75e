#!/usr/bin/env bash
# Flash-sale benchmark on the `single` topology (docs/benchmarks.md). Starts its own shop (own data
# folder and ports), registers BENCH_SHOPPERS shoppers (2,000, each its own account and address),
# opens a flash sale of BENCH_UNITS units (100, one per shopper) and then, in one run:
#   1. sends BENCH_SHOPPERS GET /catalog/ping (the trivial JAX-RS endpoint) at once: the baseline;
#   2. has every shopper send POST /order/orders with the sale's flashSaleId at the same moment
#      (curl in parallel mode, one connection each, 250 per curl and all curls started together; a
#      429 is retried as its Retry-After says), while
#      a product detail is read every 50 ms;
#   3. checks the outcome in the database: orders of the sale, units per shopper, the quota left.
# A warm-up burst (50 shoppers, 10 units of another sale) runs first and is not measured.
# Needs curl and jq; the burst client is bench/FlashSaleBurst.java (JDK 17; the database check uses
# the PostgreSQL driver the build puts in ci/target/lib).
# Account set-up is not what is measured, so the bench shop hashes passwords with fewer PBKDF2
# iterations (BENCH_PASSWORD_ITERATIONS, 2048; Liberty's minimum is 1024); BENCH_KEEP=1 keeps the shop running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done

SHOPPERS=${BENCH_SHOPPERS:-2000}
UNITS=${BENCH_UNITS:-100}
# 1: shoppers send Prefer: respond-async and are answered 202 once their units are taken (the saga
# follows in the background, as a storefront's flash sale page would ask); 0: each waits for its 201.
ASYNC=${BENCH_ASYNC:-1}
WARM=50
WORK=$PWD/bench/target
mkdir -p "$WORK"
export SHOP_DATA_DIR=${BENCH_DATA_DIR:-$WORK/flash-data}
export SHOP_HTTP_PORT=29080 SHOP_HTTPS_PORT=29443 SHOP_INTERNAL_PORT=29081 SHOP_DB_PORT=35432 SHOP_BROKER_PORT=61619
# Orders stay unpaid during the run; a long window keeps their sagas open instead of timing out.
export SHOP_ORDER_PAYMENT_WINDOW=PT2H
export SHOP_PASSWORD_ITERATIONS=${BENCH_PASSWORD_ITERATIONS:-2048}
B=http://127.0.0.1:$SHOP_HTTP_PORT
BURST="java bench/FlashSaleBurst.java"

if [ "$(id -u)" = 0 ] && ! runuser -u nobody -- test -x "$SHOP_DATA_DIR/.." 2>/dev/null; then
  export SHOP_DATA_DIR=$(mktemp -d /tmp/shop-bench.XXXXXX)
  chmod 755 "$SHOP_DATA_DIR"
fi
[ "${BENCH_KEEP:-0}" = 1 ] || trap './shop down >/dev/null 2>&1 || true' EXIT
./shop up | tail -n 3
set -a; . "$SHOP_DATA_DIR/secrets.env"; set +a
TOKEN=$(curl -sf -XPOST "$B/user/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$SHOP_ADMIN_PASSWORD\"}" | jq -r .accessToken)
operator() { curl -sf -X"$1" "$B$2" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' ${3:+-d "$3"}; }

echo "== preparing $SHOPPERS + $WARM shoppers"
$BURST prepare "$B" $((SHOPPERS + WARM)) "$WORK/flash-shoppers-all.txt"
head -n "$WARM" "$WORK/flash-shoppers-all.txt" > "$WORK/flash-shoppers-warm.txt"
tail -n +$((WARM + 1)) "$WORK/flash-shoppers-all.txt" > "$WORK/flash-shoppers.txt"
[ "$(wc -l < "$WORK/flash-shoppers.txt")" -eq "$SHOPPERS" ] || { echo "bench: not every shopper could be prepared" >&2; exit 1; }

# A product of one SKU with stock for both sales, and a sale of it that starts now.
CATEGORY=$(curl -sf "$B/catalog/categories" | jq -r '.[0].children[0].children[0].id')
PRODUCT=$(operator POST /catalog/products "{\"name\":\"秒杀压测手机 $RANDOM\",\"categoryId\":\"$CATEGORY\",\"images\":[\"https://img.shop.example/bench.png\"],\"skus\":[{\"specs\":{\"颜色\":\"黑色\"},\"price\":599900}]}")
PRODUCT_ID=$(jq -r .id <<< "$PRODUCT"); SKU=$(jq -r '.skus[0].id' <<< "$PRODUCT")
operator POST "/catalog/products/$PRODUCT_ID/publish" >/dev/null
operator POST "/inventory/stock/$SKU/adjustments" "{\"delta\":$((UNITS + 20)),\"reason\":\"flash sale benchmark\"}" >/dev/null
sale() {
  operator POST /promo/flash-sales "{\"skuId\":\"$SKU\",\"price\":99900,\"quantity\":$1,\"perUserLimit\":1,\"startsAt\":\"$(date -u -d '-5 sec' +%FT%TZ)\",\"endsAt\":\"$(date -u -d '+1 hour' +%FT%TZ)\"}" | jq -r .id
}

# curl keeps at most 300 transfers of one run open at once (its cap on --parallel-max): requests
# are written PER_CURL to a config file, and one curl per file is started at the same moment, so
# every request is in flight together. fire NAME runs NAME.cfg.* and collects the answers in NAME.
PER_CURL=250
fire() {
  local name=$1 f pids=()
  for f in "$name".cfg.*; do
    curl -s -Z --parallel-max 300 --parallel-immediate -K "$f" > "$f.out" 2>/dev/null &
    pids+=($!)
  done
  for f in "${pids[@]}"; do wait "$f" || true; done
  cat "$name".cfg.*.out > "$name"
}
# The config of request $1 (from 1) goes to file $2.cfg.<its chunk>; "next" only between transfers
# of one file (a trailing "next" aborts the whole parallel run).
chunk() {
  local n=$1
  if [ $(( (n - 1) % PER_CURL )) -ne 0 ]; then echo next >> "$2.cfg.$(( (n - 1) / PER_CURL ))"; fi
  cat >> "$2.cfg.$(( (n - 1) / PER_CURL ))"
}

# Every line of $2 ("token address") is one shopper ordering one unit of sale $1, all at the same
# moment; a 429 is retried as its Retry-After says. Writes "status seconds" lines to $3 and each
# answer's body next to it (for its problem code).
burst() {
  local sale=$1 shoppers=$2 out=$3 bodies=$3.d i=0
  rm -rf "$bodies" "$out".cfg.*; mkdir -p "$bodies"
  while read -r token address; do
    i=$((i + 1))
    {
      printf 'url = "%s/order/orders"\nrequest = "POST"\nheader = "Content-Type: application/json"\nheader = "Authorization: Bearer %s"\n' "$B" "$token"
      if [ "$ASYNC" = 1 ]; then echo 'header = "Prefer: respond-async"'; fi
      printf 'data = "{\\"items\\":[{\\"skuId\\":\\"%s\\",\\"quantity\\":1}],\\"addressId\\":\\"%s\\",\\"flashSaleId\\":\\"%s\\"}"\n' "$SKU" "$address" "$sale"
      printf 'retry = 10\noutput = "%s/%d.json"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' "$bodies" "$i"
    } | chunk "$i" "$out"
  done < "$shoppers"
  fire "$out"
}
codes() { cat "$1.d"/*.json | jq -r '.code // .status // "CREATED"' | sort | uniq -c | awk '{printf "%s %s; ", $2, $1}'; }

echo "== warm-up: $WARM shoppers for 10 units (not measured)"
burst "$(sale 10)" "$WORK/flash-shoppers-warm.txt" "$WORK/flash-warm.txt"
$BURST report warm-up "$WORK/flash-warm.txt"

# Registering the shoppers keeps the CPUs busy for a while after it ends: let the load settle
# (1-minute average under 2, at most 2 minutes) so the baseline and the burst see the same machine.
for _ in $(seq 24); do awk '{exit !($1 < 2)}' /proc/loadavg && break; sleep 5; done

echo "== baseline: $SHOPPERS parallel GET /catalog/ping (the trivial JAX-RS endpoint), same client"
rm -f "$WORK/flash-ping.txt".cfg.*
for i in $(seq "$SHOPPERS"); do
  printf 'url = "%s/catalog/ping"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' "$B" | chunk "$i" "$WORK/flash-ping.txt"
done
fire "$WORK/flash-ping.txt"
BASE=$($BURST report baseline "$WORK/flash-ping.txt")
echo "$BASE"

SALE=$(sale "$UNITS")
echo "== burst: $SHOPPERS shoppers at once for $UNITS units of flash sale $SALE"
LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
rm -f "$WORK/flash-stop"
$BURST probe "$B/catalog/products/$PRODUCT_ID" "$WORK/flash-stop" > "$WORK/flash-detail.txt" &
PROBE=$!
sleep 1
START=$(date +%s.%N)
burst "$SALE" "$WORK/flash-shoppers.txt" "$WORK/flash-burst.txt"
END=$(date +%s.%N)
touch "$WORK/flash-stop"; wait "$PROBE"
RESULT=$($BURST report burst "$WORK/flash-burst.txt")
echo "$RESULT"; cat "$WORK/flash-detail.txt"
CODES=$(codes "$WORK/flash-burst.txt")
BURST_S=$(awk -v a="$START" -v b="$END" 'BEGIN {printf "%.2f", b - a}')

VERIFY=$(java -cp "ci/target/lib/*" bench/FlashSaleBurst.java verify "jdbc:postgresql://127.0.0.1:$SHOP_DB_PORT/shop" \
  "$SHOP_PG_SUPERUSER_PASSWORD" "$SALE")
field() { sed -n "s/.*[ ]$2=\([0-9.]*\).*/\1/p" <<< "$1" | head -n 1; }
DETAIL=$(cat "$WORK/flash-detail.txt")
cat <<REPORT

| measure | value |
|---|---|
| shoppers (each its own account), units | $SHOPPERS, $UNITS |
| orders of the sale in the database | $(field "$VERIFY" orders) |
| most orders of one shopper | $(field "$VERIFY" most) |
| quota left / units held by takes | $(field "$VERIFY" left) / $(field "$VERIFY" held) |
| answers by problem code | $CODES |
| burst, first request to last answer | $BURST_S s |
| queued checkouts placed / refused / still open (Prefer: respond-async) | $(field "$VERIFY" queued_placed) / $(field "$VERIFY" queued_refused) / $(field "$VERIFY" queued_open) |
| last queued order placed (payable), after the burst began | $(awk -v a="$START" -v b="$(field "$VERIFY" settled_ms)" 'BEGIN {if (b > 0) printf "%.2f s", b / 1000 - a; else print "-"}') |
| order answers p50 / p90 / p99 / max (a retried 429 counts its wait) | $(field "$RESULT" p50_ms) / $(field "$RESULT" p90_ms) / $(field "$RESULT" p99_ms) / $(field "$RESULT" max_ms) ms |
| product detail during the burst p50 / p99 / max | $(field "$DETAIL" p50_ms) / $(field "$DETAIL" p99_ms) / $(field "$DETAIL" max_ms) ms ($(field "$DETAIL" requests) reads, $(field "$DETAIL" errors) errors) |
| trivial GET /catalog/ping, $SHOPPERS in parallel, p50 / p99 / max | $(field "$BASE" p50_ms) / $(field "$BASE" p99_ms) / $(field "$BASE" max_ms) ms |

order p99 / trivial p99: x$(awk -v a="$(field "$RESULT" p99_ms)" -v b="$(field "$BASE" p99_ms)" 'BEGIN {printf "%.1f", a / b}')
$(nproc) CPUs; 1-minute load average before the burst: $LOAD_BEFORE
REPORT
[ "$(field "$VERIFY" orders)" -eq "$UNITS" ] && [ "$(field "$VERIFY" most)" -le 1 ] && [ "$(field "$VERIFY" left)" -eq 0 ] \
  && [ "$(field "$VERIFY" queued_open)" -eq 0 ] \
  || { echo "bench: the sale's guarantees did not hold" >&2; exit 1; }
