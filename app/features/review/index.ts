// Public API of the review feature, browser-safe part (labels, schemas, pure rules).
export {};
