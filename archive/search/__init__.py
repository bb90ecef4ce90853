"""Search: the Haystack index, its Arabic Whoosh backend, and how records reach it."""
