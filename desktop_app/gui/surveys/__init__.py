"""Satisfaction surveys (rule E17): entering returned forms and chasing the ones not returned."""
