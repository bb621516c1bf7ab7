"""Sujarit (สุจริต): anti-corruption action plans for Thai local governments."""
