MAIL = []
