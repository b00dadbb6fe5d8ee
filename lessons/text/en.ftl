module-meet-the-computer = Meet the computer
