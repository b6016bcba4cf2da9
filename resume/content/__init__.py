"""What each output shows: variants and tags, the plain data templates get, labels and dates."""
