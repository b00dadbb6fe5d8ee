module-meet-the-computer = Kennismaken met de computer
