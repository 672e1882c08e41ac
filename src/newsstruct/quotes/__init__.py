"""Quotes: the quotation-mark scanner, cue finding and the assembly of quotes."""
