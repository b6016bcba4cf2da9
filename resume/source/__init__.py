"""Reading what people write: loading, validating, the model, JSON Resume in and out."""
