// Page entry: registers the app shell. Heavy parts (monaco) load lazily later.
import './wb-app.ts';
