/**
 * Returns of delivered goods (七天无理由): within the return window after delivery the shopper
 * asks to return some or all units with a reason; an operator approves or rejects; once the goods
 * are received back, the refund saga gives back exactly their share of what was paid (discounts
 * and points spread over lines, CONTRACT.md) and puts them back on sale. The last units of an
 * order bring the shipping back too, and the order becomes {@code REFUNDED}; a partial return
 * leaves it where it was, with the returned units recorded.
 */
package shop.order.returns;
