package shop.catalog.category.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.catalog.category.entity.Category;
import shop.platform.json.Jsons;
import shop.platform.problem.ErrorCode;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;

/** The operator's changes to the category tree: at most three levels, names unique among siblings. */
@ApplicationScoped
@Transactional
public class CategoryEditor {

    static final int DEEPEST = 3;

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public Category create(String parentId, String name, String nameEn, int sortOrder, List<String> specNames) {
        int level = 1;
        if (parentId != null) {
            Category parent = em.find(Category.class, parentId);
            if (parent == null) {
                throw new ProblemException(ErrorCode.INVALID_REFERENCE, "No such parent category: " + parentId + ".");
            }
            if (parent.level() >= DEEPEST) {
                throw ProblemException.invalid("parentId", "categories have at most " + DEEPEST + " levels");
            }
            level = parent.level() + 1;
        }
        requireUniqueName(parentId, name, null);
        Category category = new Category(Ids.newId(), parentId, name, nameEn, level, sortOrder);
        category.useSpecs(json(specNames));
        em.persist(category);
        em.flush();
        return category;
    }

    /** Renames, reorders, enables or disables; {@code version} must be the current one (else 409). */
    public Category rewrite(String id, long version, String name, String nameEn, int sortOrder, boolean enabled,
            List<String> specNames) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw ProblemException.notFound("No such category.");
        }
        if (category.version() != version) {
            throw ProblemException.conflict("The category was changed since version " + version + "; reload it.");
        }
        requireUniqueName(category.parentId(), name, id);
        category.rewrite(name, nameEn, sortOrder, enabled);
        if (specNames != null) {
            category.useSpecs(json(specNames));
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("The category was changed by someone else meanwhile; reload it.");
        }
        return category;
    }

    private static String json(List<String> specNames) {
        JsonArrayBuilder names = Jsons.createArrayBuilder();
        if (specNames != null) {
            specNames.stream().map(String::strip).distinct().forEach(names::add);
        }
        return names.build().toString();
    }

    private void requireUniqueName(String parentId, String name, String except) {
        var query = em.createQuery("SELECT COUNT(c) FROM Category c WHERE c.name = :name AND c.id <> :except AND "
                + (parentId == null ? "c.parentId IS NULL" : "c.parentId = :parent"), Long.class)
                .setParameter("name", name).setParameter("except", except == null ? "" : except);
        if (parentId != null) {
            query.setParameter("parent", parentId);
        }
        long same = query.getSingleResult();
        if (same > 0) {
            throw ProblemException.conflict("A category named " + name + " already exists there.");
        }
    }
}
