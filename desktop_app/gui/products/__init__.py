"""产品型号: the product categories and models intake offers (W2, W4)."""
