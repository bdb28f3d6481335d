import { randomBytes, randomInt } from 'node:crypto';
const OBJECT_ID = /^[0-9a-f]{24}$/i;
const SHORT_LINK = /^[0-9A-Za-z]{8}$/;
const SHORT_LINK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Trello ids are Mongo ObjectIds: 24 hex characters. */
export function isObjectId(value) {
    return OBJECT_ID.test(value);
}
/** Boards and cards are also addressed by an 8-character shortLink. */
export function isShortLink(value) {
    return SHORT_LINK.test(value);
}
/**
 * Makes ObjectId-shaped ids (4 bytes of Unix seconds, 5 random bytes, a
 * 3-byte counter) so that code which reads a creation time out of an id, or
 * sorts by id, sees what it would see on Trello.
 */
export class IdFactory {
    #now;
    #process = randomBytes(5).toString('hex');
    #counter = randomInt(0x1000000);
    constructor(now) {
        this.#now = now;
    }
    objectId() {
        const seconds = Math.floor(this.#now() / 1000)
            .toString(16)
            .padStart(8, '0');
        this.#counter = (this.#counter + 1) % 0x1000000;
        return `${seconds}${this.#process}${this.#counter.toString(16).padStart(6, '0')}`;
    }
    shortLink() {
        let link = '';
        for (let i = 0; i < 8; i++)
            link += SHORT_LINK_ALPHABET[randomInt(SHORT_LINK_ALPHABET.length)];
        return link;
    }
}
//# sourceMappingURL=ids.js.map