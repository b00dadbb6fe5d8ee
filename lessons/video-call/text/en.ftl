lesson-title = Video call
lesson-goal = I can join a video call. I can switch my camera and microphone on and off.

intro = You learn to join a video call.

the-call = In a video call you see and hear your colleagues. They see and hear you too.

join = Your team has a video call at 10. Click Join.
join-hint = Look for the word Join.
join-praise = Yes. Now you are in the video call.
sim-window = Video call
sim-cancel = Cancel
sim-join = Join

headphones = Put on headphones if you have them. Then you hear everyone well.

the-buttons = At the bottom are the buttons for the camera and the microphone.

find-camera = Find the button for your camera.
find-camera-hint = Look at the bottom. Look for a small camera.
find-camera-praise = Yes. One click switches your camera off or on.

microphone-off = Switch your microphone off when you do not talk. Then nobody hears the noise around you.

find-microphone = Find the button for your microphone.
find-microphone-hint = Look at the bottom. Look for a small microphone.
find-microphone-praise = Yes. One click switches your microphone off or on.

noise = It is noisy around you, and you do not talk. Do you switch your microphone off?
noise-hint = Think: who hears the noise?
noise-praise = Yes. Now your colleagues do not hear the noise.

find-leave = The video call is over. Find the button to leave.
find-leave-hint = Look for the red button.
find-leave-praise = Yes. With this button you leave the video call.

summary = Now you can join a video call. You can switch your camera and microphone on and off.
