#!/usr/bin/env bash
# Catalog and search benchmark on the `single` topology (docs/benchmarks.md). Starts its own shop
# (own data folder and ports), adds BENCH_PRODUCTS generated products (100,000) to the catalog,
# then measures, in one run:
#   1. a full rebuild of the search index from the catalog (operator endpoint), timed by the index;
#   2. GET /catalog/ping, the trivial JAX-RS endpoint of the same server: the baseline;
#   3. GET /catalog/products/{id} over random generated products, at full speed;
#   4. GET /search/products (keyword + a category or price filter, facets) at full speed;
#   5. the same search at a fixed rate of about 100 requests per second, for its latency;
#   6. how long a published product takes to become searchable, and an unpublished one to go.
# Needs wrk (Debian: apt-get install wrk), curl, jq. Settings: BENCH_PRODUCTS (100000),
# BENCH_CONNECTIONS (8), BENCH_DURATION (30s), BENCH_PUBLISHES (100), BENCH_KEEP=1 keeps the shop up.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in wrk curl jq; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done

PRODUCTS=${BENCH_PRODUCTS:-100000}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
DURATION=${BENCH_DURATION:-30s}
PUBLISHES=${BENCH_PUBLISHES:-100}
WORK=$PWD/bench/target
mkdir -p "$WORK"
export SHOP_DATA_DIR=${BENCH_DATA_DIR:-$WORK/search-data}
export SHOP_HTTP_PORT=29080 SHOP_HTTPS_PORT=29443 SHOP_INTERNAL_PORT=29081 SHOP_DB_PORT=35432 SHOP_BROKER_PORT=61619
B=http://127.0.0.1:$SHOP_HTTP_PORT

if [ "$(id -u)" = 0 ] && ! runuser -u nobody -- test -x "$SHOP_DATA_DIR/.." 2>/dev/null; then
  export SHOP_DATA_DIR=$(mktemp -d /tmp/shop-bench.XXXXXX)
  chmod 755 "$SHOP_DATA_DIR"
fi
[ "${BENCH_KEEP:-0}" = 1 ] || trap './shop down >/dev/null 2>&1 || true' EXIT
./shop up | tail -n 3
set -a; . "$SHOP_DATA_DIR/secrets.env"; set +a
TOKEN=$(curl -sf -XPOST "$B/user/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$SHOP_ADMIN_PASSWORD\"}" | jq -r .accessToken)
auth=(-H "Authorization: Bearer $TOKEN")

if [ "$(curl -sf "$B/catalog/products?size=1" | jq .total)" -lt "$PRODUCTS" ]; then
  echo "== generating $PRODUCTS products in the catalog"
  java -cp "ci/target/ci.jar:ci/target/lib/*" shop.ci.GeneratedCatalog "jdbc:postgresql://127.0.0.1:$SHOP_DB_PORT/shop" \
    catalog_svc "$SHOP_DB_CATALOG_SVC_PASSWORD" "$PRODUCTS" "$WORK/product-ids.txt"
fi
curl -sf "$B/catalog/categories" | jq -r '.[].id' > "$WORK/top-categories.txt"

echo "== waiting until search has caught up with the catalog (its events and change feed)"
LATEST=$(curl -sf "http://127.0.0.1:$SHOP_INTERNAL_PORT/catalog/internal/product-changes?after=0&limit=1" | jq .latest)
until [ "$(curl -sf "$B/search/index" "${auth[@]}" | jq .catalogSeq)" -ge "$LATEST" ]; do sleep 2; done

echo "== rebuilding the search index from the catalog"
before=$(curl -sf "$B/search/index" "${auth[@]}" | jq -c '.lastRebuild // {}')
curl -sf -XPOST "$B/search/index/rebuild" "${auth[@]}" >/dev/null
for _ in $(seq 300); do
  state=$(curl -sf "$B/search/index" "${auth[@]}")
  [ "$(jq -c '.lastRebuild // {}' <<< "$state")" != "$before" ] && break
  if [ "$(jq -r '.lastFailure // ""' <<< "$state")" != "" ] && [ "$(jq .rebuilding <<< "$state")" = false ]; then
    echo "bench: the rebuild failed: $(jq -r .lastFailure <<< "$state")" >&2; exit 1
  fi
  sleep 1
done
REBUILD=$(curl -sf "$B/search/index" "${auth[@]}" | jq -c .lastRebuild)
echo "$REBUILD"

run() { wrk -t2 -c"$2" -d"$1" --timeout 10s "${@:3}" | grep '^RESULT'; }
field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" <<< "$1"; }

echo "== warm-up, not measured: every product's detail read once (fills the detail cache), 15 s of the rest"
WARM=$(run "$(( $(wc -l < "$WORK/product-ids.txt") / 700 + 10 ))s" "$CONNECTIONS" -s bench/detail.lua "$B" -- "$WORK/product-ids.txt" all)
echo "first reads of every detail (cache filling): $WARM"
run 15s "$CONNECTIONS" -s bench/trivial.lua "$B/catalog/ping" >/dev/null
run 15s "$CONNECTIONS" -s bench/search.lua "$B" -- "$WORK/top-categories.txt" >/dev/null

echo "== baseline: GET /catalog/ping"
BASE=$(run "$DURATION" "$CONNECTIONS" -s bench/trivial.lua "$B/catalog/ping"); echo "$BASE"
echo "== GET /catalog/products/{id}"
DETAIL=$(run "$DURATION" "$CONNECTIONS" -s bench/detail.lua "$B" -- "$WORK/product-ids.txt"); echo "$DETAIL"
echo "== GET /search/products, full speed: head queries (460 keyword and filter pairs, answers cached)"
SEARCH=$(run "$DURATION" "$CONNECTIONS" -s bench/search.lua "$B" -- "$WORK/top-categories.txt"); echo "$SEARCH"
echo "== GET /search/products, full speed: every query distinct (computed)"
COMPUTED=$(run "$DURATION" "$CONNECTIONS" -s bench/search.lua "$B" -- "$WORK/top-categories.txt" 0 distinct); echo "$COMPUTED"
echo "== GET /search/products, every query distinct, at about 100 requests per second (20 connections, 200 ms apart)"
PACED=$(run "$DURATION" 20 -s bench/search.lua "$B" -- "$WORK/top-categories.txt" 200 distinct); echo "$PACED"

echo "== $PUBLISHES products published then unpublished, one at a time: time until search agrees"
CAT=$(curl -sf "$B/catalog/categories" | jq -r '.[0].children[0].children[0].id')
millis() { echo $(( $(date +%s%N) / 1000000 )); }
: > "$WORK/visible.txt"; : > "$WORK/gone.txt"
for i in $(seq "$PUBLISHES"); do
  word=zq; for _ in 1 2 3 4 5 6 7 8 9 10; do word+=$(printf "\\x$(printf %x $(( 97 + RANDOM % 26 )))"); done
  id=$(curl -sf -XPOST "$B/catalog/products" "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"name\":\"基准 $word\",\"categoryId\":\"$CAT\",\"skus\":[{\"specs\":{\"颜色\":\"黑色\"},\"price\":100}]}" | jq -r .id)
  start=$(millis)
  curl -sf -XPOST "$B/catalog/products/$id/publish" "${auth[@]}" >/dev/null
  until [ "$(curl -sf "$B/search/products?q=$word" | jq .total)" = 1 ]; do sleep 0.01; done
  echo $(( $(millis) - start )) >> "$WORK/visible.txt"
  start=$(millis)
  curl -sf -XPOST "$B/catalog/products/$id/unpublish" "${auth[@]}" >/dev/null
  until [ "$(curl -sf "$B/search/products?q=$word" | jq .total)" = 0 ]; do sleep 0.01; done
  echo $(( $(millis) - start )) >> "$WORK/gone.txt"
  curl -sf -XDELETE "$B/catalog/products/$id" "${auth[@]}" >/dev/null
done
pct() { sort -n "$1" | awk -v p="$2" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; print a[i]}'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
cat <<REPORT

| measure | GET /catalog/ping | GET /catalog/products/{id} | search, head queries | search, all distinct | distinct at ~100/s |
|---|---|---|---|---|---|
| requests per second | $(field "$BASE" rps) | $(field "$DETAIL" rps) | $(field "$SEARCH" rps) | $(field "$COMPUTED" rps) | $(field "$PACED" rps) |
| median latency (ms) | $(field "$BASE" p50_ms) | $(field "$DETAIL" p50_ms) | $(field "$SEARCH" p50_ms) | $(field "$COMPUTED" p50_ms) | $(field "$PACED" p50_ms) |
| p99 latency (ms) | $(field "$BASE" p99_ms) | $(field "$DETAIL" p99_ms) | $(field "$SEARCH" p99_ms) | $(field "$COMPUTED" p99_ms) | $(field "$PACED" p99_ms) |
| non-2xx or failed | $(field "$BASE" errors) | $(field "$DETAIL" errors) | $(field "$SEARCH" errors) | $(field "$COMPUTED" errors) | $(field "$PACED" errors) |
| throughput / ping | 1 | $(ratio "$(field "$DETAIL" rps)" "$(field "$BASE" rps)") | $(ratio "$(field "$SEARCH" rps)" "$(field "$BASE" rps)") | $(ratio "$(field "$COMPUTED" rps)" "$(field "$BASE" rps)") | |

warm-up, every product id in turn until the time is up (fills the detail cache): $WARM

rebuild of the index: $REBUILD
published until searchable (ms, $PUBLISHES products): median $(pct "$WORK/visible.txt" 50), p99 $(pct "$WORK/visible.txt" 99), max $(pct "$WORK/visible.txt" 100)
unpublished until gone (ms): median $(pct "$WORK/gone.txt" 50), p99 $(pct "$WORK/gone.txt" 99), max $(pct "$WORK/gone.txt" 100)
$CONNECTIONS connections (20 for the paced run), $DURATION each, $(nproc) CPUs
REPORT
