package shop.catalog.product.boundary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import shop.catalog.product.entity.ProductContent;
import shop.platform.json.Jsons;
import shop.platform.money.Money;
import shop.platform.problem.ProblemException;
import shop.platform.web.Texts;

/**
 * A product as an operator sends it (CONTRACT.md: the detail shape without ids): SKUs with an
 * {@code id} keep it, SKUs without are new, SKUs left out are disabled. {@code version} is
 * required when editing.
 */
public record ProductForm(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameEn,
        @Size(max = 20_000) String description,
        @NotBlank @Size(max = 36) String categoryId,
        @Size(max = 36) String brandId,
        @Size(max = 20, message = "at most 20 images") List<@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+",
                message = "must be an http(s) URL") String> images,
        @NotNull @Size(max = 100, message = "at most 100 SKUs") List<@NotNull @Valid SkuForm> skus,
        @Min(0) Long version) {

    /** One SKU: specs such as {@code {"颜色": "白色", "存储": "256GB"}}, price in fen. */
    public record SkuForm(
            @Size(max = 36) String id,
            @Size(max = 10, message = "at most 10 specs") LinkedHashMap<@NotBlank @Size(max = 32) String, @NotBlank @Size(max = 64) String> specs,
            @NotNull @Min(1) @Max(10_000_000_000L) Long price,
            @Pattern(regexp = Money.CNY, message = "must be CNY") String currency,
            @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z-]*", message = "digits, letters and hyphens only") String barcode,
            @Min(1) @Max(1_000_000) Integer weightGrams) {
    }

    /** The content to store; SKUs of one product must differ in their specs. */
    ProductContent content() {
        Set<String> ids = new HashSet<>();
        Set<String> specCombinations = new HashSet<>();
        List<ProductContent.SkuContent> contents = skus.stream().map(sku -> {
            if (sku.id() != null && !ids.add(sku.id())) {
                throw ProblemException.invalid("skus", "SKU " + sku.id() + " is listed twice");
            }
            JsonObjectBuilder specs = Jsons.createObjectBuilder();
            if (sku.specs() != null) {
                sku.specs().forEach(specs::add);
            }
            String specsJson = specs.build().toString();
            if (!specCombinations.add(specsJson)) {
                throw ProblemException.invalid("skus", "two SKUs have the same specs " + specsJson);
            }
            return new ProductContent.SkuContent(sku.id(), specsJson, sku.price(),
                    sku.currency() == null ? Money.CNY : sku.currency(), Texts.blankToNull(sku.barcode()), sku.weightGrams());
        }).toList();
        JsonArrayBuilder imageList = Jsons.createArrayBuilder();
        if (images != null) {
            images.forEach(imageList::add);
        }
        return new ProductContent(name.strip(), Texts.blankToNull(nameEn), Texts.blankToNull(description), categoryId,
                Texts.blankToNull(brandId), imageList.build().toString(), contents);
    }
}
