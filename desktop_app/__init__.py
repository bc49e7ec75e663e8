"""Service Counter (售后服务台): the front desk of an after-sales repair depot."""

__version__ = "0.1.0"
APP_NAME = "Service Counter"
APP_NAME_ZH = "售后服务台"
