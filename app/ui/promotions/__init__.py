"""The promotions tab."""
