"""The output targets: each turns the render plan into files."""
