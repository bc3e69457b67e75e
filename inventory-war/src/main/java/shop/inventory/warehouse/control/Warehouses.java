package shop.inventory.warehouse.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.inventory.warehouse.entity.Warehouse;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;

/** The shop's warehouses, in the order checkouts try them. */
@ApplicationScoped
public class Warehouses {

    @PersistenceContext(unitName = "inventory")
    EntityManager em;

    /** Every warehouse, lowest priority first. */
    public List<Warehouse> all() {
        return em.createQuery("SELECT w FROM Warehouse w ORDER BY w.priority, w.code", Warehouse.class).getResultList();
    }

    /**
     * The warehouse a request names, or the default one when it names none; an unknown one is
     * 422 INVALID_REFERENCE (the request body named it).
     */
    public Warehouse namedOrDefault(String warehouseId) {
        if (warehouseId == null) {
            return em.createQuery("SELECT w FROM Warehouse w WHERE w.isDefault = TRUE", Warehouse.class).getResultStream()
                    .findFirst().orElseThrow(() -> new IllegalStateException("no default warehouse (see V6__warehouses.sql)"));
        }
        Warehouse warehouse = em.find(Warehouse.class, warehouseId);
        if (warehouse == null) {
            throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such warehouse: " + warehouseId + ".");
        }
        return warehouse;
    }
}
