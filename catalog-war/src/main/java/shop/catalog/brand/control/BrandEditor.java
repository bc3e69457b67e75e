package shop.catalog.brand.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import shop.catalog.brand.entity.Brand;
import shop.platform.problem.ProblemException;
import shop.platform.time.Ids;

/** The operator's changes to brands: names are unique, whatever their case. */
@ApplicationScoped
@Transactional
public class BrandEditor {

    @PersistenceContext(unitName = "catalog")
    EntityManager em;

    public Brand create(String name, String nameEn, String logoUrl, String firstLetter) {
        requireUniqueName(name, "");
        Brand brand = new Brand(Ids.newId(), name, nameEn, logoUrl, Brand.firstLetterOf(firstLetter, name, nameEn));
        em.persist(brand);
        em.flush();
        return brand;
    }

    /** Replaces the brand's content; {@code version} must be the current one (else 409). */
    public Brand rewrite(String id, long version, String name, String nameEn, String logoUrl, String firstLetter) {
        Brand brand = em.find(Brand.class, id);
        if (brand == null) {
            throw ProblemException.notFound("No such brand.");
        }
        if (brand.version() != version) {
            throw ProblemException.conflict("The brand was changed since version " + version + "; reload it.");
        }
        requireUniqueName(name, id);
        brand.rewrite(name, nameEn, logoUrl, Brand.firstLetterOf(firstLetter, name, nameEn));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.conflict("The brand was changed by someone else meanwhile; reload it.");
        }
        return brand;
    }

    private void requireUniqueName(String name, String except) {
        long same = em.createQuery("SELECT COUNT(b) FROM Brand b WHERE LOWER(b.name) = :name AND b.id <> :except", Long.class)
                .setParameter("name", name.toLowerCase()).setParameter("except", except).getSingleResult();
        if (same > 0) {
            throw ProblemException.conflict("A brand named " + name + " already exists.");
        }
    }
}
