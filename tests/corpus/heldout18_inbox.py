"""stub"""
MAIL: list = []
