"""商品: the product catalogue the promotions and affiliates tabs build on."""
