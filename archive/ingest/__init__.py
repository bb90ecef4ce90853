"""Turning files into article text: decoding, page-furniture removal, datelines."""
