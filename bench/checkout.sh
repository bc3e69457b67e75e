#!/usr/bin/env bash
# Checkout benchmark on the `single` topology (docs/benchmarks.md). Starts its own shop (own data
# folder and ports), prepares shoppers with addresses, then measures with wrk, in one run:
#   1. a trivial endpoint of the same server (the base URL's root page), the baseline;
#   2. POST /order/orders, one unit of a demo SKU per order (the whole saga: prices, address,
#      LRA start and join, stock reservation, payment creation, outbox event).
# Prints latency (median, p90, p99), requests per second, the ratio to the baseline, and the
# machine's load average while the checkout ran. Needs wrk (Debian: apt-get install wrk), curl, jq.
#
# Settings: BENCH_CONNECTIONS (8), BENCH_DURATION (60s), BENCH_SHOPPERS (100), BENCH_KEEP=1 keeps
# the shop running afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk curl jq; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done

CONNECTIONS=${BENCH_CONNECTIONS:-8}
DURATION=${BENCH_DURATION:-60s}
SHOPPERS=${BENCH_SHOPPERS:-100}
WORK=$PWD/bench/target
mkdir -p "$WORK"
export SHOP_DATA_DIR=${BENCH_DATA_DIR:-$WORK/shop-data}
export SHOP_HTTP_PORT=29080 SHOP_HTTPS_PORT=29443 SHOP_INTERNAL_PORT=29081 SHOP_DB_PORT=35432 SHOP_BROKER_PORT=61619
# Orders stay unpaid during the run; a long window keeps their sagas open instead of timing out.
export SHOP_ORDER_PAYMENT_WINDOW=PT2H
B=http://127.0.0.1:$SHOP_HTTP_PORT

if [ "$(id -u)" = 0 ] && ! runuser -u nobody -- test -x "$SHOP_DATA_DIR/.." 2>/dev/null; then
  export SHOP_DATA_DIR=$(mktemp -d /tmp/shop-bench.XXXXXX)
  chmod 755 "$SHOP_DATA_DIR"
fi
[ "${BENCH_KEEP:-0}" = 1 ] || trap './shop down >/dev/null 2>&1 || true' EXIT
./shop up | tail -n 3

echo "== preparing $SHOPPERS shoppers"
prepare() {
  local name="bench$1$RANDOM$RANDOM" token address
  curl -sf -XPOST "$B/user/auth/register" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$name\",\"password\":\"bench-password\"}" >/dev/null
  token=$(curl -sf -XPOST "$B/user/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$name\",\"password\":\"bench-password\"}" | jq -r .accessToken)
  address=$(curl -sf -XPOST "$B/user/me/addresses" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"receiver":"张三","phone":"13800000000","province":"浙江省","city":"杭州市","district":"西湖区","detail":"文三路 1 号"}' | jq -r .id)
  echo "$token $address"
}
export -f prepare; export B
seq "$SHOPPERS" | xargs -P 4 -I{} bash -c 'prepare {}' > "$WORK/shoppers.txt"
# Access tokens live 15 minutes: a run longer than that needs fresh ones.

echo "== choosing SKUs with stock"
: > "$WORK/skus.txt"
for page in 0 1 2 3 4; do
  for product in $(curl -sf "$B/catalog/products?size=50&page=$page" | jq -r '.items[].id'); do
    for sku in $(curl -sf "$B/catalog/products/$product" | jq -r '.skus[].id'); do
      [ "$(curl -sf "$B/inventory/stock/$sku" | jq .available)" -ge 100 ] && echo "$sku" >> "$WORK/skus.txt"
    done
  done
done
echo "$(wc -l < "$WORK/shoppers.txt") shoppers, $(wc -l < "$WORK/skus.txt") SKUs"

run() { wrk -t2 -c"$CONNECTIONS" -d"$1" --timeout 10s "${@:2}" | grep '^RESULT'; }
field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<< "$1"; }

echo "== warm-up (15 s each, not measured)"
run 15s -s bench/trivial.lua "$B/" >/dev/null
(cd bench && run 15s -s checkout.lua "$B" -- target/shoppers.txt target/skus.txt) >/dev/null

echo "== baseline: GET / for $DURATION with $CONNECTIONS connections"
BASE=$(run "$DURATION" -s bench/trivial.lua "$B/")
echo "$BASE"

echo "== checkout: POST /order/orders for $DURATION with $CONNECTIONS connections"
LOAD_LOG=$WORK/load.txt; : > "$LOAD_LOG"
( while true; do cut -d' ' -f1 /proc/loadavg >> "$LOAD_LOG"; sleep 5; done ) & SAMPLER=$!
CHECKOUT=$(cd bench && run "$DURATION" -s checkout.lua "$B" -- target/shoppers.txt target/skus.txt)
kill "$SAMPLER" 2>/dev/null || true
echo "$CHECKOUT"

LOAD=$(sort -n "$LOAD_LOG" | awk '{a[NR]=$1} END {printf "%s to %s (1-minute load average, %d samples)", a[1], a[NR], NR}')
CPUS=$(nproc)
RATIO_P50=$(awk -v a="$(field "$CHECKOUT" p50_ms)" -v b="$(field "$BASE" p50_ms)" 'BEGIN {printf "%.0f", a / b}')
RATIO_RPS=$(awk -v a="$(field "$CHECKOUT" rps)" -v b="$(field "$BASE" rps)" 'BEGIN {printf "%.3f", a / b}')
cat <<REPORT

| measure | trivial GET / | checkout POST /order/orders |
|---|---|---|
| requests per second | $(field "$BASE" rps) | $(field "$CHECKOUT" rps) |
| median latency (ms) | $(field "$BASE" p50_ms) | $(field "$CHECKOUT" p50_ms) |
| p90 latency (ms) | $(field "$BASE" p90_ms) | $(field "$CHECKOUT" p90_ms) |
| p99 latency (ms) | $(field "$BASE" p99_ms) | $(field "$CHECKOUT" p99_ms) |
| non-2xx or failed | $(field "$BASE" errors) | $(field "$CHECKOUT" errors) |

checkout / trivial: median latency x$RATIO_P50, throughput x$RATIO_RPS
$CONNECTIONS connections, $DURATION each, $CPUS CPUs; load during the checkout run: $LOAD
REPORT
