"""Errors of the storage layer.

    StorageError
     ├── DecryptError         a ciphertext or wrapped key failed to open (one opaque message)
     ├── KeyringError         the keyring is missing, malformed or unsafe, or a key
     │                        operation is not allowed (e.g. removing the active key)
     ├── BlobError            an encrypted file could not be written or read
     │    └── BlobNotFoundError   no blob by that name
     ├── LedgerError          the erasure list is unreadable or not signed by this keyring
     │                        (storage.erasure_ledger)
     ├── CaseBindingError     a case row no longer matches its binding to its message
     │                        (storage.privacy; beside CaseErased there)
     └── WorkflowError        a case-work change that is not allowed (storage.workflow)
          └── AssignmentChanged   the assignee changed since the caller looked

Messages are one line an operator can act on. They never hold key material, plaintext
or personal data, and wrapped exceptions are not chained when their text or attributes
could (a `json.JSONDecodeError` carries the whole document, keys included).
"""


class StorageError(Exception):
    """Base of every error raised by `storage`."""


class DecryptError(StorageError):
    """Authentication or decryption failed. Deliberately says nothing about why."""

    def __init__(self, message: str = "decryption failed") -> None:
        super().__init__(message)


class KeyringError(StorageError):
    """The keyring cannot be used as asked."""


class BlobError(StorageError):
    """An encrypted file could not be written or read."""


class BlobNotFoundError(BlobError):
    """No blob by that name under the store's root."""
