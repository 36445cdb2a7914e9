"""The sales tab."""
