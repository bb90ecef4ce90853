"""`manage.py bench`: what users feel per archive size, beside peers on the same
texts."""
