package vn.edu.hocbaso.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A holder's PKCS#12, protected by their own password and wrapped with the master key.
 */
@Entity
@Table(name = "signing_keystore")
class SigningKeystore {

	@Id
	private Long certificateId;

	@Column(name = "pkcs12_encrypted")
	private byte[] pkcs12Encrypted;

	protected SigningKeystore() {
	}

	SigningKeystore(long certificateId, byte[] pkcs12Encrypted) {
		this.certificateId = certificateId;
		this.pkcs12Encrypted = pkcs12Encrypted;
	}

	byte[] pkcs12Encrypted() {
		return pkcs12Encrypted;
	}

}
