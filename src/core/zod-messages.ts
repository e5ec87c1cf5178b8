// zod/mini carries no wording of its own; this turns on its English messages, so an error in a
// file or a save says what is wrong ("Too big: expected string to have <=200 characters").
import * as z from 'zod/mini';
import { en } from 'zod/v4/locales';

z.config(en());
