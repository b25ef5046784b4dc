"""Figures: numbers written in each language's conventions, the amounts, percentages and
measures they make, and what each figure is about."""
