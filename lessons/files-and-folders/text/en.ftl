lesson-title = Files and folders
lesson-goal = I can save a file in a folder and find it again.

intro = You keep your files in folders. Then you find them again fast.
a-file = A file is one piece of your work. This file is a photo.
a-folder = A folder keeps files together. This folder is for photos.
put-the-photo = Put the photo in the folder for photos. Drag it with the mouse.
put-the-photo-hint = Look at the small picture on each folder.
put-the-photo-praise = Yes. The photo is with the other photos now.
put-the-letter = Now put the letter in the folder for letters.
put-the-letter-hint = The folder for letters shows a page with lines.
put-the-letter-praise = Yes. The letter is in the folder for letters.
wrong-folder = You put a photo in the folder for letters. Is that a good place?
wrong-folder-hint = Where will you look for the photo later?
wrong-folder-praise = Right. A photo goes in the folder for photos.
open-a-folder = To find a file, you open its folder. Double-click the folder.
find-the-folder = Where is your photo? Click the folder for photos.
find-the-folder-hint = Look at the small picture on each folder.
find-the-folder-praise = Yes. That is the folder for photos.
find-the-photo = The folder is open. Click your photo with the sun.
find-the-photo-hint = Look for the yellow sun.
find-the-photo-praise = Yes. You found your photo again.
summary = Now you keep each file in the right folder. And you find it again.

word-photo = photo
word-letter = letter
word-photos = photos
word-letters = letters
