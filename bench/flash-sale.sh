#!/usr/bin/env bash
# Flash-sale benchmark on the `single` topology (docs/benchmarks.md). Starts its own shop (own data
# folder and ports), registers BENCH_SHOPPERS shoppers (2,000, each its own account and address),
# opens a flash sale of BENCH_UNITS units (100, one per shopper) and then, in one run:
#   1. sends BENCH_SHOPPERS GET /catalog/ping (the trivial JAX-RS endpoint) at once: the baseline;
#   2. has every shopper send POST /order/orders with the sale's flashSaleId at the same moment (a
#      429 is retried as its Retry-After says), while a product detail is read every 50 ms;
#   3. checks the outcome in the database: orders of the sale, units per shopper, the quota left.
# It does so twice (BENCH_MODES="cold warm"): with every shopper's connection opened beforehand
# (warm, FlashSaleBurst warm-burst) and with a new connection per request (cold: curl in parallel
# mode, 250 per curl and all curls started together), each with its own baseline and its own sale.
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
# The shoppers sign in once, before both measured runs; their tokens must outlive them.
export SHOP_JWT_ACCESS_TTL_SECONDS=${BENCH_TOKEN_TTL_SECONDS:-3600}
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

# One measured run per connection mode (BENCH_MODES, both by default):
#   cold: curl opens one new connection per request at the burst, so 2,000 connects arrive at once;
#   warm: every shopper's connection is open beforehand (keep-alive, as an app's is) and only the
#         requests arrive at once (FlashSaleBurst warm-burst).
# Each mode measures its own baseline (the trivial endpoint, the same way) and its own sale.
HOST=127.0.0.1
measure() {
  local mode=$1 base result detail codes start end burst_s verify load_before sale
  echo "== [$mode] baseline: $SHOPPERS parallel GET /catalog/ping (the trivial JAX-RS endpoint), same client"
  if [ "$mode" = cold ]; then
    rm -f "$WORK/flash-ping.txt".cfg.*
    for i in $(seq "$SHOPPERS"); do
      printf 'url = "%s/catalog/ping"\noutput = "/dev/null"\nwrite-out = "%%{http_code} %%{time_total}\\n"\n' "$B" | chunk "$i" "$WORK/flash-ping.txt"
    done
    fire "$WORK/flash-ping.txt"
  else
    BENCH_SHOPPERS=$SHOPPERS $BURST warm-burst "$HOST" "$SHOP_HTTP_PORT" ping "$WORK/flash-ping.txt" "$WORK/flash-ping.txt.d"
  fi
  base=$($BURST report baseline "$WORK/flash-ping.txt")
  echo "$base"
  for _ in $(seq 12); do awk '{exit !($1 < 2)}' /proc/loadavg && break; sleep 5; done

  sale=$(sale "$UNITS")
  echo "== [$mode] burst: $SHOPPERS shoppers at once for $UNITS units of flash sale $sale"
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  rm -f "$WORK/flash-stop"
  $BURST probe "$B/catalog/products/$PRODUCT_ID" "$WORK/flash-stop" > "$WORK/flash-detail.txt" &
  local probe=$!
  if [ "$mode" = cold ]; then
    sleep 1
    start=$(date +%s.%N)
    burst "$sale" "$WORK/flash-shoppers.txt" "$WORK/flash-burst.txt"
  else
    # The client opens and warms its connections first and says so; the burst starts 1 s after.
    rm -rf "$WORK/flash-burst.txt.d"
    $BURST warm-burst "$HOST" "$SHOP_HTTP_PORT" "order:$SKU:$sale:$ASYNC" "$WORK/flash-burst.txt" "$WORK/flash-burst.txt.d" \
      "$WORK/flash-shoppers.txt" 2> "$WORK/flash-warm-burst.log" &
    local client=$!
    until grep -q "open and warm" "$WORK/flash-warm-burst.log" 2>/dev/null; do sleep 0.1; done
    sleep 1
    start=$(date +%s.%N)
    wait "$client"
  fi
  end=$(date +%s.%N)
  touch "$WORK/flash-stop"; wait "$probe"
  result=$($BURST report burst "$WORK/flash-burst.txt")
  echo "$result"; cat "$WORK/flash-detail.txt"
  codes=$(codes "$WORK/flash-burst.txt")
  burst_s=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')

  verify=$(java -cp "ci/target/lib/*" bench/FlashSaleBurst.java verify "jdbc:postgresql://127.0.0.1:$SHOP_DB_PORT/shop" \
    "$SHOP_PG_SUPERUSER_PASSWORD" "$sale")
  detail=$(cat "$WORK/flash-detail.txt")
  cat <<REPORT

[$mode connections]
| measure | value |
|---|---|
| shoppers (each its own account), units | $SHOPPERS, $UNITS |
| orders of the sale in the database | $(field "$verify" orders) |
| most orders of one shopper | $(field "$verify" most) |
| quota left / units held by takes | $(field "$verify" left) / $(field "$verify" held) |
| answers by problem code | $codes |
| burst, first request to last answer | $burst_s s |
| queued checkouts placed / refused / still open (Prefer: respond-async) | $(field "$verify" queued_placed) / $(field "$verify" queued_refused) / $(field "$verify" queued_open) |
| last queued order placed (payable), after the burst began | $(awk -v a="$start" -v b="$(field "$verify" settled_ms)" 'BEGIN {if (b > 0) printf "%.2f s", b / 1000 - a; else print "-"}') |
| order answers p50 / p90 / p99 / max (a retried 429 counts its wait) | $(field "$result" p50_ms) / $(field "$result" p90_ms) / $(field "$result" p99_ms) / $(field "$result" max_ms) ms |
| product detail during the burst p50 / p99 / max | $(field "$detail" p50_ms) / $(field "$detail" p99_ms) / $(field "$detail" max_ms) ms ($(field "$detail" requests) reads, $(field "$detail" errors) errors) |
| trivial GET /catalog/ping, $SHOPPERS in parallel, p50 / p99 / max | $(field "$base" p50_ms) / $(field "$base" p99_ms) / $(field "$base" max_ms) ms |

order p99 / trivial p99: x$(awk -v a="$(field "$result" p99_ms)" -v b="$(field "$base" p99_ms)" 'BEGIN {printf "%.1f", a / b}')
$(nproc) CPUs; 1-minute load average before the burst: $load_before
REPORT
  [ "$(field "$verify" orders)" -eq "$UNITS" ] && [ "$(field "$verify" most)" -le 1 ] && [ "$(field "$verify" left)" -eq 0 ] \
    && [ "$(field "$verify" queued_open)" -eq 0 ] \
    || { echo "bench: exactly $UNITS orders and the quota at 0 did not hold ($mode)" >&2; FAILED=1; }
}
field() { sed -n "s/.*[ ]$2=\([0-9.]*\).*/\1/p" <<< "$1" | head -n 1; }

FAILED=0
for mode in ${BENCH_MODES:-cold warm}; do
  measure "$mode"
  for _ in $(seq 24); do awk '{exit !($1 < 2)}' /proc/loadavg && break; sleep 5; done
done
exit "$FAILED"
