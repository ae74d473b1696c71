package vn.edu.hocbaso.signing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The built-in authority's root: its certificate, its key encrypted with the master key, and the number of the
 * last CRL it issued.
 */
@Entity
@Table(name = "signing_authority")
class SigningAuthority {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private byte[] certificateDer;

	private byte[] keyEncrypted;

	private long crlNumber;

	protected SigningAuthority() {
	}

	SigningAuthority(byte[] certificateDer, byte[] keyEncrypted) {
		this.certificateDer = certificateDer;
		this.keyEncrypted = keyEncrypted;
	}

	long nextCrlNumber() {
		return ++crlNumber;
	}

	byte[] certificateDer() {
		return certificateDer;
	}

	byte[] keyEncrypted() {
		return keyEncrypted;
	}

}
