"""po2pm-rewrite: find the delivery-only bullets in a Product Owner's resume and say why."""

__version__ = "0.1.0"
