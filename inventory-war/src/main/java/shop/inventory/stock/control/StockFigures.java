package shop.inventory.stock.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import shop.inventory.stock.entity.Stock;
import shop.inventory.stock.entity.WarehouseStock;

/** Reads the stock of SKUs, warehouse by warehouse, in one query however many SKUs are asked for. */
@ApplicationScoped
public class StockFigures {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** The SKU's stock, or empty when none is kept for it. */
    public Optional<Stock> of(String skuId) {
        return of(List.of(skuId)).stream().findFirst();
    }

    /** The stock of those SKUs that have some kept here, in no particular order. */
    public List<Stock> of(Collection<String> skuIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(skuIds));
        if (ids.isEmpty()) {
            return List.of();
        }
        String placeholders = IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("SELECT st.sku_id, st.low_threshold, s.warehouse_id, w.code, w.name, w.enabled,"
                + " s.available, s.reserved, s.sold FROM stock st"
                + " LEFT JOIN warehouse_stock s ON s.sku_id = st.sku_id LEFT JOIN warehouse w ON w.id = s.warehouse_id"
                + " WHERE st.sku_id IN (" + placeholders + ") ORDER BY st.sku_id, w.priority, w.code");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        Map<String, List<WarehouseStock>> warehouses = new LinkedHashMap<>();
        for (Object value : query.getResultList()) {
            Object[] row = (Object[]) value;
            String skuId = (String) row[0];
            thresholds.put(skuId, ((Number) row[1]).intValue());
            List<WarehouseStock> kept = warehouses.computeIfAbsent(skuId, k -> new ArrayList<>());
            if (row[2] != null) {
                kept.add(new WarehouseStock((String) row[2], (String) row[3], (String) row[4], (Boolean) row[5],
                        ((Number) row[6]).intValue(), ((Number) row[7]).intValue(), ((Number) row[8]).intValue()));
            }
        }
        return thresholds.entrySet().stream()
                .map(t -> new Stock(t.getKey(), t.getValue(), warehouses.get(t.getKey())))
                .toList();
    }
}
