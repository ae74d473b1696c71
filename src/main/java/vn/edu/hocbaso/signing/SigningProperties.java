package vn.edu.hocbaso.signing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of signing.
 *
 * @param masterKey the passphrase that encrypts the authority's root key and wraps holders' key stores; from
 * the environment (SIGNING_MASTER_KEY) outside development, never logged
 * @param keyType the key type of certificates the built-in authority issues
 * @param certificateValidity how long a personal or school certificate is valid
 * @param rootValidity how long the demo root is valid
 * @param crlValidity how long until a CRL's next update
 * @param externalExpiry how long a signature prepared for an external signer waits for its value
 */
@ConfigurationProperties("app.signing")
public record SigningProperties(String masterKey, @DefaultValue("EC_P256") KeyType keyType,
		@DefaultValue("P1095D") Duration certificateValidity, @DefaultValue("P3650D") Duration rootValidity,
		@DefaultValue("P7D") Duration crlValidity, @DefaultValue("PT30M") Duration externalExpiry) {

	@Override
	public String toString() {
		return "SigningProperties[keyType=" + keyType + ", masterKey=(hidden)]";
	}

}
