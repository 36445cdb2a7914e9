"""The storefront tab."""
