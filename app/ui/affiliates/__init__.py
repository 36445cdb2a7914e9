"""The affiliates tab."""
